package org.backcoach.catalog;

/** A cue that carries a weak region's work into the exercises it applies to. */
public record IntegrationCue(String text, CueTarget appliesTo) {}
