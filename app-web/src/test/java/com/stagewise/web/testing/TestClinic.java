package com.stagewise.web.testing;

/** A clinic made for a test: its admin (also a clinician) and a clinician, with one shared password. */
public record TestClinic(long id, long adminId, String adminEmail, long clinicianId, String clinicianEmail) {

    public static final String PASSWORD = "correct horse battery";
}
