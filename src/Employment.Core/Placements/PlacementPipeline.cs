using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;

namespace Employment.Core.Placements;

/// <summary>
/// The one place that says which step may follow which: introduced (shown as "Proposed": the coach's button is "Propose"), interviewed, offered, started, ended in that
/// order; the person may decline, or the employer reject, at any point before the start.
/// </summary>
public static class PlacementPipeline
{
    public static IReadOnlyList<PlacementEventType> NextSteps(PlacementEventType stage) => stage switch
    {
        PlacementEventType.Introduced => [PlacementEventType.Interviewed, PlacementEventType.Declined, PlacementEventType.Rejected],
        PlacementEventType.Interviewed => [PlacementEventType.Offered, PlacementEventType.Declined, PlacementEventType.Rejected],
        PlacementEventType.Offered => [PlacementEventType.Started, PlacementEventType.Declined, PlacementEventType.Rejected],
        PlacementEventType.Started => [PlacementEventType.Ended, .. JobChanges],
        _ => [],
    };

    /// <summary>What a coach may record about a job after its start without moving its stage: the history keeps each one.</summary>
    public static readonly PlacementEventType[] JobChanges =
        [PlacementEventType.HoursChanged, PlacementEventType.PayChanged, PlacementEventType.RoleChanged, PlacementEventType.StillWorking];

    /// <summary>
    /// The facts that say whether the person is working in a started job, and on what terms: the latest one in force on a
    /// day decides (an employer's "no longer working" makes it not known until a later fact or the end).
    /// </summary>
    public static readonly PlacementEventType[] WorkFacts = [PlacementEventType.Started, .. JobChanges, PlacementEventType.EmployerSaysLeft];

    /// <summary>A step that records a fact about the job without moving the placement on.</summary>
    public static bool KeepsStage(PlacementEventType step) =>
        JobChanges.Contains(step) || step is PlacementEventType.EmployerSaysLeft or PlacementEventType.EmployerWantsToMeet;

    /// <summary>
    /// What an employer may answer about an introduction at each stage: the coach's own steps (never a start, an end
    /// or the person's decline), and before an interview, "we'd like to meet".
    /// </summary>
    public static IReadOnlyList<PlacementEventType> EmployerAnswers(PlacementEventType stage) => stage switch
    {
        PlacementEventType.Introduced => [PlacementEventType.EmployerWantsToMeet, PlacementEventType.Interviewed, PlacementEventType.Rejected],
        PlacementEventType.Interviewed => [PlacementEventType.Offered, PlacementEventType.Rejected],
        _ => [],
    };

    public static bool Allows(PlacementEventType stage, PlacementEventType step) =>
        NextSteps(stage).Contains(step) || (step == PlacementEventType.EmployerWantsToMeet && stage == PlacementEventType.Introduced);

    public static bool IsFinished(PlacementEventType stage) => NextSteps(stage).Count == 0;

    /// <summary>
    /// The stages of a placement still going on (under way or started): a second proposal for the same pair would
    /// duplicate one, and matching suggests no pair that has one.
    /// </summary>
    public static readonly PlacementEventType[] Active = [.. Enum.GetValues<PlacementEventType>().Where(stage => !KeepsStage(stage) && !IsFinished(stage))];

    /// <summary>Why a step cannot be recorded now, in words a job coach would use.</summary>
    public static string Refusal(PlacementEventType stage, PlacementEventType step) => stage switch
    {
        PlacementEventType.Ended => "This placement has ended. Nothing more can be recorded for it",
        PlacementEventType.Declined or PlacementEventType.Rejected => $"This placement is closed: {StageLabel(stage).ToLowerInvariant()}. Nothing more can be recorded for it",
        PlacementEventType.Started when step is PlacementEventType.Declined or PlacementEventType.Rejected =>
            "The person has already started. Record that the placement ended instead",
        _ => $"You cannot record \"{StepLabel(step).ToLowerInvariant()}\" yet. The placement is at \"{StageLabel(stage).ToLowerInvariant()}\": next you can record {string.Join(" or ", NextSteps(stage).Select(s => StepLabel(s).ToLowerInvariant()))}",
    };

    /// <summary>
    /// Where a placement is, as a tag, in the words of decision 0035. A started placement is "In work" when it is paid
    /// and "On placement" when it is not, the same words as the person's status; give the kind wherever it is known.
    /// </summary>
    public static string StageLabel(PlacementEventType stage, OpportunityKind kind) =>
        stage == PlacementEventType.Started ? (kind.IsPaid() ? SeekerStatus.InWork : SeekerStatus.InPlacement).Label() : StageLabel(stage);

    /// <summary>Where a placement is, as a tag, when its kind is not to hand.</summary>
    public static string StageLabel(PlacementEventType stage) => stage switch
    {
        PlacementEventType.Introduced => "Proposed",
        PlacementEventType.Interviewed => "Interviewed",
        PlacementEventType.Offered => "Offered",
        PlacementEventType.Started => "Started",
        PlacementEventType.Ended => "Ended",
        PlacementEventType.Declined => "Person said no",
        PlacementEventType.Rejected => "Employer said no",
        _ => stage.ToString(),
    };

    /// <summary>What happened, as a line of history or a button.</summary>
    public static string StepLabel(PlacementEventType step) => step switch
    {
        PlacementEventType.Introduced => "Proposed to the employer",
        PlacementEventType.Interviewed => "Interviewed",
        PlacementEventType.Offered => "Offered the job",
        PlacementEventType.Started => "Started",
        PlacementEventType.Ended => "Ended",
        PlacementEventType.Declined => "The person said no",
        PlacementEventType.Rejected => "The employer said no",
        PlacementEventType.HoursChanged => "Hours changed",
        PlacementEventType.PayChanged => "Pay changed",
        PlacementEventType.RoleChanged => "Role changed",
        PlacementEventType.StillWorking => "Confirmed still working",
        PlacementEventType.EmployerSaysLeft => "The employer said they no longer work there",
        PlacementEventType.EmployerWantsToMeet => "The employer would like to meet",
        _ => step.ToString(),
    };

    /// <summary>The words in a step's address, like /placements/{id}/started or /placements/{id}/hours-changed.</summary>
    public static string Slug(PlacementEventType step) => Data.SnakeCase.ToSnakeCase(step.ToString()).Replace('_', '-');

    public static PlacementEventType? FromSlug(string slug) =>
        Enum.GetValues<PlacementEventType>().Cast<PlacementEventType?>().FirstOrDefault(t => Slug(t!.Value) == slug);
}
