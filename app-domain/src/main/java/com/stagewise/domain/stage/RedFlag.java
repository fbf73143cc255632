package com.stagewise.domain.stage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static com.stagewise.domain.stage.RedFlag.Urgency.CALL_EMERGENCY_SERVICES;
import static com.stagewise.domain.stage.RedFlag.Urgency.CONTACT_PROVIDER;

/**
 * A warning sign (clinical-rules.md, section 4), named by its API code. Some signs belong to
 * pregnancy, some to the time after birth, a few to both; how urgent a sign is can differ between
 * the two (chest pain after birth means calling emergency services). Any flag reported today
 * blocks the programme (R24), whichever phase it belongs to.
 */
public enum RedFlag {
    VAGINAL_BLEEDING(CONTACT_PROVIDER, null),
    FLUID_LEAKING(CONTACT_PROVIDER, null),
    /** Regular painful contractions, or pain that comes in waves. */
    CONTRACTIONS(CONTACT_PROVIDER, null),
    ABDOMINAL_PAIN(CONTACT_PROVIDER, null),
    /** In pregnancy a fever; after birth a temperature of 38 °C or more. */
    FEVER(CONTACT_PROVIDER, CONTACT_PROVIDER),
    DIZZINESS(CONTACT_PROVIDER, null),
    BREATHLESSNESS(CONTACT_PROVIDER, CALL_EMERGENCY_SERVICES),
    CHEST_PAIN(CONTACT_PROVIDER, CALL_EMERGENCY_SERVICES),
    HEADACHE(CONTACT_PROVIDER, null),
    MUSCLE_WEAKNESS(CONTACT_PROVIDER, null),
    CALF_PAIN_OR_SWELLING(CONTACT_PROVIDER, null),
    REDUCED_FETAL_MOVEMENT(CONTACT_PROVIDER, null),
    HEAVY_BLEEDING(null, CONTACT_PROVIDER),
    WOUND_NOT_HEALING(null, CONTACT_PROVIDER),
    LEG_SWELLING(null, CONTACT_PROVIDER),
    SEIZURE(null, CALL_EMERGENCY_SERVICES),
    THOUGHTS_OF_HARM(null, CALL_EMERGENCY_SERVICES),
    SEVERE_HEADACHE(null, CONTACT_PROVIDER),
    SEVERE_BACK_PAIN(null, CONTACT_PROVIDER),
    WORSENING_INCONTINENCE(null, CONTACT_PROVIDER),
    SADDLE_NUMBNESS(null, CONTACT_PROVIDER);

    public enum Phase {
        PREGNANCY("pregnancy"),
        AFTER_BIRTH("afterBirth");

        private final String keyPart;

        Phase(String keyPart) {
            this.keyPart = keyPart;
        }

        public static Phase of(Stage stage) {
            Objects.requireNonNull(stage, "stage");
            return stage instanceof Stage.Pregnancy ? PREGNANCY : AFTER_BIRTH;
        }
    }

    public enum Urgency {
        CALL_EMERGENCY_SERVICES,
        CONTACT_PROVIDER;

        /** Key of the patient-facing heading above the list of signs with this urgency. */
        public String headingKey(Phase phase) {
            return "redflag.heading." + phase.keyPart + "." + name();
        }
    }

    private final Urgency inPregnancy;
    private final Urgency afterBirth;

    RedFlag(Urgency inPregnancy, Urgency afterBirth) {
        this.inPregnancy = inPregnancy;
        this.afterBirth = afterBirth;
    }

    public boolean belongsTo(Phase phase) {
        return urgencyOrNull(phase) != null;
    }

    /** @throws IllegalArgumentException when the sign is not listed for that phase */
    public Urgency urgencyIn(Phase phase) {
        Urgency urgency = urgencyOrNull(phase);
        if (urgency == null) {
            throw new IllegalArgumentException(this + " is not a warning sign listed for " + phase);
        }
        return urgency;
    }

    public boolean meansCallEmergencyServices(Phase phase) {
        return urgencyOrNull(phase) == CALL_EMERGENCY_SERVICES;
    }

    /**
     * Key of the patient-facing text of this sign in that phase.
     *
     * @throws IllegalArgumentException when the sign is not listed for that phase
     */
    public String messageKey(Phase phase) {
        urgencyIn(phase);
        return "redflag." + phase.keyPart + "." + name();
    }

    public Set<Phase> phases() {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (Phase phase : Phase.values()) {
            if (belongsTo(phase)) {
                phases.add(phase);
            }
        }
        return phases;
    }

    /** The signs to show in that phase, the most urgent first, then in the order of the guideline. */
    public static List<RedFlag> forPhase(Phase phase) {
        return Arrays.stream(values())
                .filter(flag -> flag.belongsTo(phase))
                .sorted(Comparator.comparing((RedFlag flag) -> flag.urgencyIn(phase)))
                .toList();
    }

    /** The signs to show for a patient at this stage. */
    public static List<RedFlag> forStage(Stage stage) {
        return forPhase(Phase.of(stage));
    }

    private Urgency urgencyOrNull(Phase phase) {
        Objects.requireNonNull(phase, "phase");
        return phase == Phase.PREGNANCY ? inPregnancy : afterBirth;
    }
}
