package org.backcoach.planning.web;

/** Intakes shown as examples in the API documentation. */
final class IntakeExamples {

    private IntakeExamples() {}

    static final String OFFICE_WORKER = """
            {
              "safety": {"redFlags": [], "medicalClearance": true, "conditions": []},
              "symptoms": {"painNow": 4, "nightWaking": "SOMETIMES", "exercisesRegularly": true,
                           "mobility": "SOMEWHAT_RESTRICTED"},
              "assessments": {
                "core": {"lowBackLifted": false, "shouldersTensed": false, "bellyPushedOut": false},
                "hips": {"internalRotationLeft": 15, "internalRotationRight": 25,
                         "extensionKneeBelowParallelLeft": false, "extensionKneeBelowParallelRight": true},
                "feet": {"flatWhenSitting": false, "archCollapsesStanding": false},
                "upperBack": {"shoulderReachesFloorLeft": true, "shoulderReachesFloorRight": true}
              },
              "equipment": ["FOAM_ROLLER", "RESISTANCE_BAND", "MINI_BAND"],
              "trainingDays": ["MONDAY", "WEDNESDAY", "FRIDAY"]
            }
            """;

    static final String BEGINNER = """
            {
              "safety": {"medicalClearance": true},
              "symptoms": {"painNow": 8, "nightWaking": "OFTEN", "radiatingPain": true, "hardToMove": true,
                           "mobility": "RESTRICTED"},
              "assessments": {
                "core": {"lowBackLifted": true, "shouldersTensed": true, "bellyPushedOut": false}
              },
              "equipment": [],
              "trainingDays": ["TUESDAY", "SATURDAY"]
            }
            """;

    static final String RED_FLAG = """
            {
              "safety": {"redFlags": ["SADDLE_NUMBNESS"], "medicalClearance": true},
              "symptoms": {"painNow": 6, "nightWaking": "SOMETIMES", "mobility": "RESTRICTED"}
            }
            """;
}
