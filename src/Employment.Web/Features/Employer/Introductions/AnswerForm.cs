using Employment.Core.Placements;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.Employer.Introductions;

/// <summary>An employer's answer as typed: the day to meet, the day it happened, or the reason.</summary>
public sealed class AnswerForm
{
    public DateParts MeetOn { get; set; } = new();
    public DateParts OccurredOn { get; set; } = new();
    public string? Reason { get; set; }

    public const string MeetOnName = "the day you would like to meet";

    public static string OccurredOnName(PlacementEventType step) =>
        step == PlacementEventType.Offered ? "the day you offered them the job" : "the day of the interview";

    /// <summary>The step to record; a date that could not be read stands in as today (the validator says what is wrong with it).</summary>
    public PlacementStep ToStep(PlacementEventType step, DateOnly today) => step switch
    {
        PlacementEventType.EmployerWantsToMeet => new PlacementStep(step, today, MeetOn: MeetOn.Parse(MeetOnName).Date ?? today),
        PlacementEventType.Rejected => new PlacementStep(step, today, Reason: Reason),
        _ => new PlacementStep(step, OccurredOn.Parse(OccurredOnName(step)).Date ?? today),
    };
}
