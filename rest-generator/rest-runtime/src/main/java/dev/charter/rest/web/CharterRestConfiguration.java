package dev.charter.rest.web;

import dev.charter.ledger.card.Card;
import dev.charter.ledger.client.LedgerClient;
import dev.charter.rest.gateway.LedgerGateway;
import dev.charter.rest.gateway.NetworkGateway;
import dev.charter.runtime.archive.NetworkArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * What a generated Charter REST application imports: the gateway (a {@link LedgerGateway} to the node
 * {@value RestSettings#NODE} — by default the one the server's card names — for the network of the archive
 * {@value RestSettings#ARCHIVE}, unless the application defines its own {@link NetworkGateway}),
 * callers and API keys, problem+json errors, the system endpoints, events and the explorer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@Import({SystemController.class, ProblemHandler.class})
public class CharterRestConfiguration implements WebMvcConfigurer, WebSocketConfigurer {

    private static final String SWAGGER_UI = "classpath:/META-INF/resources/webjars/swagger-ui/5.34.1/";

    private final CallerResolver resolver;
    private final CallerInterceptor callers;
    private final ObjectProvider<NetworkGateway> gateway;

    public CharterRestConfiguration(Environment environment, ObjectProvider<NetworkGateway> gateway) {
        this.resolver = CallerResolver.from(RestSettings.from(environment), gateway::getObject);
        this.callers = new CallerInterceptor(resolver);
        this.gateway = gateway;
    }

    @Bean
    @ConditionalOnMissingBean(NetworkGateway.class)
    public NetworkGateway networkGateway(Environment environment) {
        RestSettings settings = RestSettings.from(environment);
        if (settings.archive() == null) {
            throw new IllegalStateException("Set " + RestSettings.ARCHIVE + " to the network archive (.cna) to serve");
        }
        NetworkArchive archive;
        try {
            archive = NetworkArchive.open(settings.archive());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the network archive " + settings.archive(), e);
        }
        URI node = settings.node() != null ? settings.node() : URI.create(Card.read(settings.card()).connection().node());
        return LedgerGateway.open(new LedgerClient(node), archive, Clock.systemUTC());
    }

    @Bean
    public CallerResolver callerResolver() {
        return resolver;
    }

    @Bean
    public ExplorerController explorerController(ResourceLoader resources) {
        return new ExplorerController(resources.getClassLoader());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(callers).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callers);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/explorer/**").addResourceLocations(SWAGGER_UI);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        EventsWebSocketHandler events = new EventsWebSocketHandler(gateway.getObject(), resolver);
        registry.addHandler(events, EventsWebSocketHandler.PATH).addInterceptors(events).setAllowedOrigins("*");
    }
}
