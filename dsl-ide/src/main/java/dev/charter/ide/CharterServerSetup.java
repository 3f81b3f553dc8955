package dev.charter.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.charter.compiler.load.NetworkLoader;
import dev.charter.dsl.CharterRuntimeModule;
import dev.charter.dsl.ide.CharterIdeSetup;
import org.eclipse.xtext.util.Modules2;

/** Creates the language's injector for the language server. */
public class CharterServerSetup extends CharterIdeSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new CharterRuntimeModule(), new CharterLanguageServiceModule()));
    }

    /**
     * Registers the language with EMF after the model compiler's loader did: the loader registers
     * the compiler's own injector for the four extensions on first use, and the server's
     * resources must be created by the server's injector.
     */
    public Injector register() {
        new NetworkLoader();
        return createInjectorAndDoEMFRegistration();
    }
}
