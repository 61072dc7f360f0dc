package com.kpipulse.domain.text;

/**
 * A kind of thing the product tells a person (a problem, an outcome, a finding): its key in the texts bundle
 * ({@link Texts}), where its sentence stands in Russian and in English with numbered arguments. Kinds are enums of the
 * module that makes the message (domain, application, adapters); their sentences all live in the one bundle, and the
 * sentence is looked up only when somebody reads it, in their language. The key is also the stable code an API gives.
 */
public interface MessageKind {

    /** The key in {@code com/kpipulse/domain/text/texts*.properties}: {@code <area>.<kind in lower case>}. */
    String key();
}
