package com.stagewise.domain.programme;

import com.stagewise.domain.stage.PatientState;
import java.time.Instant;

/** One entry of a patient's history of facts: what was recorded, when and by whom. */
public record FactsRecord(long id, Instant recordedAt, String recordedBy, PatientState facts) {
}
