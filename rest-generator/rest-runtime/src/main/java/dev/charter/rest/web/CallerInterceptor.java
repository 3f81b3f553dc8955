package dev.charter.rest.web;

import dev.charter.rest.gateway.Caller;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Resolves the {@link Caller} of every {@code /api} request before its handler runs (so an unknown API key
 * is a 401 whatever the endpoint), and hands it to handler methods that take a {@code Caller} parameter.
 */
public final class CallerInterceptor implements HandlerInterceptor, HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = Caller.class.getName();

    private final CallerResolver resolver;

    public CallerInterceptor(CallerResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // An async dispatch (an event stream or a deferred answer completing) belongs to a request whose caller was
        // resolved when it came in: resolving again would refuse a caller revoked meanwhile on a committed response.
        if (request.getDispatcherType() != DispatcherType.ASYNC) {
            request.setAttribute(ATTRIBUTE, resolver.resolve(apiKey(request)));
        }
        return true;
    }

    /** The API key a request presents in its header or, for clients that cannot set headers, its query. */
    public static String apiKey(HttpServletRequest request) {
        String key = request.getHeader(RestSettings.API_KEY_HEADER);
        return key != null ? key : request.getParameter(RestSettings.API_KEY_PARAMETER);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Object caller = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return caller != null ? caller : resolver.resolve(apiKey(request.getNativeRequest(HttpServletRequest.class)));
    }
}
