using Employment.Core.Placements;

namespace Employment.Web.Features.Employer.Introductions;

/// <summary>An employer's answers to an introduction: the pipeline step each records, in the employer's words.</summary>
public sealed record IntroductionAnswer(string Slug, PlacementEventType Step, string Button, string Heading, string Done);

public static class IntroductionAnswers
{
    public const string Meet = "meet";
    public const string NotThisTime = "not-this-time";
    public const string Interviewed = "interviewed";
    public const string Offered = "offered";

    /// <summary>The route constraint: only these answers have a page.</summary>
    public const string Route = "{answer:regex(^(meet|not-this-time|interviewed|offered)$)}";

    public static readonly IReadOnlyList<IntroductionAnswer> All =
    [
        new(Meet, PlacementEventType.EmployerWantsToMeet, "We'd like to meet", "When would you like to meet?", "You said you would like to meet"),
        new(Interviewed, PlacementEventType.Interviewed, "We've interviewed them", "When did you interview them?", "You recorded the interview"),
        new(Offered, PlacementEventType.Offered, "We've offered them the job", "When did you offer them the job?", "You recorded the offer"),
        new(NotThisTime, PlacementEventType.Rejected, "Not this time", "Why not this time?", "You said not this time"),
    ];

    public static IntroductionAnswer? Find(string slug) => All.FirstOrDefault(a => a.Slug == slug);

    /// <summary>Where an introduction stands, in the employer's words.</summary>
    public static string StageFor(Placement placement) => placement.Stage switch
    {
        PlacementEventType.Introduced when placement.Events.Any(e => e.Type == PlacementEventType.EmployerWantsToMeet) => "Interview to arrange",
        PlacementEventType.Introduced => "Waiting for your answer",
        PlacementEventType.Rejected => "Not this time",
        PlacementEventType.Declined => "The person decided not to go ahead",
        _ => PlacementPipeline.StageLabel(placement.Stage, placement.Opportunity!.Kind),
    };

    /// <summary>The answers open to the employer at the placement's stage, in the order the page offers them.</summary>
    public static IReadOnlyList<IntroductionAnswer> OpenAt(PlacementEventType stage) =>
        [.. All.Where(a => PlacementPipeline.EmployerAnswers(stage).Contains(a.Step))];
}
