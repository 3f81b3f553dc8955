package dev.charter.dsl;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import dev.charter.dsl.conversion.CharterValueConverters;
import dev.charter.dsl.naming.CharterQualifiedNameProvider;
import dev.charter.dsl.scoping.ComposerImportScopeProvider;
import dev.charter.dsl.scoping.SystemModelGlobalScope;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;

/** Guice bindings of the Charter language that differ from Xtext's defaults. */
public class CharterRuntimeModule extends AbstractCharterRuntimeModule {

    @Override
    public Class<? extends IValueConverterService> bindIValueConverterService() {
        return CharterValueConverters.class;
    }

    @Override
    public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
        return CharterQualifiedNameProvider.class;
    }

    @Override
    public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
        return SystemModelGlobalScope.class;
    }

    @Override
    public void configureIScopeProviderDelegate(Binder binder) {
        binder.bind(IScopeProvider.class)
                .annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
                .to(ComposerImportScopeProvider.class);
    }
}
