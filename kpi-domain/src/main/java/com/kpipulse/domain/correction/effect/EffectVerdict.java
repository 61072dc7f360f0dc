package com.kpipulse.domain.correction.effect;

/** What the measurement of a corrective action's effect says, or why it says nothing yet. */
public enum EffectVerdict {
    /** The whole interval of the effect lies on the good side of zero. */
    WORKED,
    /** The whole interval lies inside the band of no change around zero ({@link EffectRules#noEffectBand}). */
    NO_EFFECT,
    /** The whole interval lies on the bad side of zero. */
    WORSE,
    /** The interval holds zero and also changes beyond the band: the data cannot tell. */
    INCONCLUSIVE,
    /** The measuring window is not over, or its data are not in yet. */
    NOT_YET,
    /** Too few whole weeks with data before the start or in the window. */
    TOO_LITTLE_DATA
}
