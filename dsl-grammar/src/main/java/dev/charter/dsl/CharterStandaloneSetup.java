package dev.charter.dsl;

/** Creates the language's injector and registers it with EMF, outside Eclipse. */
public class CharterStandaloneSetup extends CharterStandaloneSetupGenerated {

    public static void doSetup() {
        new CharterStandaloneSetup().createInjectorAndDoEMFRegistration();
    }
}
