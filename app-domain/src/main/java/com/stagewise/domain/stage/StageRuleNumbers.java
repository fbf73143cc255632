package com.stagewise.domain.stage;

/**
 * Every default number the stage rules use, in one place, each saying where it comes from.
 * "Sourced" means a guideline or study gives the number; "convention" means none gives this exact
 * number and we chose it (clinical-rules.md, section 3). A clinic can read this table and a later
 * version can change it.
 *
 * <p>It lives in the stage package, not in rules, because the stage values (trimesters,
 * contraindications that change with the week, due-date validation) and the catalogue (holds,
 * supine bouts) need it too, and the rules package depends on both: keeping it here avoids a
 * package cycle.
 */
public final class StageRuleNumbers {

    private StageRuleNumbers() {
    }

    // --- Dating a pregnancy ---

    /** Sourced: Naegele's rule, the due date is 280 days (40+0) after the last period. */
    public static final int FULL_TERM_DAYS = 280;

    /** Sourced (clinical-rules.md, section 1): the 2nd trimester starts at 14+0. */
    public static final GestationalAge SECOND_TRIMESTER_FROM = GestationalAge.of(14, 0);

    /** Sourced (clinical-rules.md, section 1): the 3rd trimester starts at 28+0. */
    public static final GestationalAge THIRD_TRIMESTER_FROM = GestationalAge.of(28, 0);

    /**
     * Convention: a due date further ahead than this is taken as a typing error (api.md). It is a
     * little over 40 weeks so that an early dating scan or an uncertain period still fits.
     */
    public static final int MAX_WEEKS_TO_DUE_DATE = 44;

    // --- Contraindications whose weight changes with the week (R1, R2) ---

    /**
     * Sourced: ACOG 804 (2020) puts placenta praevia as absolute after 26 weeks, the Canadian
     * guideline (Mottola 2018) after 28: we take the earlier week. Before it, it is relative.
     */
    public static final GestationalAge PLACENTA_PRAEVIA_ABSOLUTE_FROM = GestationalAge.of(26, 0);

    /** Sourced: ACOG 804 (2020), twin pregnancy after 28 weeks is a relative contraindication. */
    public static final GestationalAge TWINS_RELATIVE_FROM = GestationalAge.of(28, 0);

    // --- Pregnancy rules ---

    /**
     * Convention: lying on the back needs care from 16+0 (R3, R4). NHS says "particularly after
     * 16 weeks", ACOG after the 1st trimester, HSE after 12 weeks; Mottola 2019 found no clear harm.
     */
    public static final GestationalAge SUPINE_CAUTION_FROM = GestationalAge.of(16, 0);

    /** Convention: a supine bout up to this many seconds is "short" (R3), longer is blocked (R4). */
    public static final int SUPINE_BOUT_LIMIT_SECONDS = 120;

    /**
     * Convention: when a supine dose gives no duration, each repetition counts at least this many
     * seconds on the back (getting into and out of the movement).
     */
    public static final int SUPINE_MIN_SECONDS_PER_REP = 3;

    /** Convention: no guideline gives a week; from 14+0 the bump is pressed when lying prone (R6, R7). */
    public static final GestationalAge PRONE_BLOCKED_FROM = GestationalAge.of(14, 0);

    /** Convention for the week (Mota 2015 for the reason): loaded trunk flexion blocked from 16+0 (R8). */
    public static final GestationalAge LOADED_FLEXION_BLOCKED_FROM = GestationalAge.of(16, 0);

    /** Sourced: ACOG 804, UK CMO 2019 and HSE warn about balance in the 3rd trimester (R9). */
    public static final GestationalAge BALANCE_CAUTION_FROM = THIRD_TRIMESTER_FROM;

    /**
     * Convention (HSE for the reason): an isometric hold of this many seconds or more is a
     * sustained hold that invites breath-holding (R11, and the SUSTAINED_HOLD demand).
     */
    public static final int SUSTAINED_HOLD_SECONDS = 10;

    // --- After birth ---

    /**
     * Sourced: the postnatal check at about 6 weeks (HSE; Goom 2019; Oxford University Hospitals
     * leaflet): before 6+0, moderate work waits for clearance (R15) and a caesarean blocks more (R17).
     */
    public static final PostpartumAge EARLY_RECOVERY_UNTIL = PostpartumAge.of(6, 0);

    /**
     * Sourced: Goom, Donnelly and Brockwell 2019 and HSE: no impact, loaded trunk flexion or
     * advanced work before 12+0 (R13, R14); the caesarean caution runs until then (R18).
     */
    public static final PostpartumAge FULL_LOAD_FROM = PostpartumAge.of(12, 0);

    // --- Referral prompts ---

    /** Sourced: Cambridge University Hospitals leaflet, pelvic girdle pain still there 2 weeks after birth. */
    public static final PostpartumAge REFER_PELVIC_GIRDLE_PAIN_FROM = PostpartumAge.of(2, 0);

    /** Sourced: seed S4 says 6 to 8 weeks; we prompt from the earlier end. */
    public static final PostpartumAge REFER_BACK_PAIN_FROM = PostpartumAge.of(6, 0);

    /** Sourced: Goom 2019, bleeding still present after 8 weeks. */
    public static final PostpartumAge REFER_BLEEDING_FROM = PostpartumAge.of(8, 0);
}
