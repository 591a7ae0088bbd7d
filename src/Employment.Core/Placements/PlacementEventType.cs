namespace Employment.Core.Placements;

public enum PlacementEventType
{
    Introduced,
    Declined,
    Rejected,
    Interviewed,
    Offered,
    Started,
    Ended,

    // Facts about a job once started: the stage stays at started (PlacementPipeline.JobFacts).
    HoursChanged,
    PayChanged,
    RoleChanged,
    StillWorking,

    /// <summary>The employer answered a milestone check "no longer working": recorded by the employer link, never by a coach.</summary>
    EmployerSaysLeft,

    /// <summary>The employer answered an introduction "we'd like to meet", proposing a day (<see cref="PlacementEvent.MeetOn"/>): the stage stays at introduced.</summary>
    EmployerWantsToMeet,
}
