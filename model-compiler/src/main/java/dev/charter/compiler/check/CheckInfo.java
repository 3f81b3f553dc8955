package dev.charter.compiler.check;

import dev.charter.compiler.diagnostic.Code;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a {@link Check} looks for and which codes it reports; docs and tests read this. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {

    /** One sentence a user would want: what the check finds. */
    String summary();

    Code[] reports();
}
