package org.backcoach.training.web;

/** The workouts API on the embedded H2. */
class WorkoutApiH2Tests extends WorkoutApiTests {}
