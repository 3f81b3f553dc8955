package dev.charter.ide;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import dev.charter.compiler.load.FileKind;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

/** Xtext's language server, serving exactly the Charter language (no class-path scanning for languages). */
public final class CharterServerModule extends AbstractModule {

    public static com.google.inject.Module create() {
        return Modules2.mixin(new ServerModule(), new CharterServerModule());
    }

    @Override
    protected void configure() {
        bind(IResourceServiceProvider.Registry.class).toProvider(RegistryProvider.class);
        bind(LanguageServerImpl.class).to(CharterLanguageServerImpl.class);
        bind(LanguageServer.class).to(CharterLanguageServerImpl.class);
    }

    @Singleton
    static final class RegistryProvider implements Provider<IResourceServiceProvider.Registry> {

        private IResourceServiceProvider.Registry registry;

        @Override
        public synchronized IResourceServiceProvider.Registry get() {
            if (registry == null) {
                IResourceServiceProvider provider = new CharterServerSetup().register()
                        .getInstance(IResourceServiceProvider.class);
                registry = new ResourceServiceProviderRegistryImpl();
                for (FileKind kind : FileKind.values()) {
                    registry.getExtensionToFactoryMap().put(kind.extension().substring(1), provider);
                }
            }
            return registry;
        }
    }
}
