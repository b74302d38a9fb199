package org.backcoach.catalog;

/** The first exercise each starting stage opens its sessions with; {@code null} where a stage has none. */
public record StageOpeners(Prescription beginner, Prescription intermediate, Prescription advanced) {}
