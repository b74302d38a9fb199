package org.backcoach.catalog.web;

import java.util.List;

/**
 * Everything the exercise page shows, in plain words.
 *
 * @param pattern the movement trained, or null when it trains no particular movement
 * @param variants other exercises that can stand in for this one
 * @param standsInFor exercises that name this one as a variant
 */
record ExerciseDetail(
        String id,
        String name,
        String regions,
        String kind,
        String pattern,
        String equipment,
        String position,
        String sides,
        String load,
        List<String> steps,
        List<String> cues,
        List<ExerciseLink> variants,
        List<ExerciseLink> standsInFor) {}
