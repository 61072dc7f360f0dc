package com.kpipulse.domain.text;

/**
 * A kind of thing the product tells a person (a problem, an outcome, a finding): its key in the texts bundle, where
 * its sentence stands in Russian and in English with numbered arguments. Kinds are enums; the sentence is looked up
 * only when somebody reads it, in their language.
 */
public interface MessageKind {

    /** The key in {@code com/kpipulse/domain/text/texts*.properties}. */
    String key();
}
