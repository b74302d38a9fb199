package org.backcoach.training.web;

import org.backcoach.database.OnPostgres;

/** The workouts API on PostgreSQL. */
@OnPostgres
class WorkoutApiPostgresTests extends WorkoutApiTests {}
