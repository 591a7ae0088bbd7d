using Employment.Matching.Labels;

namespace Employment.Matching.Features;

/// <summary>
/// How the proposals made to one employer before a day went: the only trace of an employer's own way with people
/// (decision 0085). Shares are drawn towards what happened everywhere (<see cref="PriorGrade"/>, <see cref="PriorStarted"/>)
/// in proportion to how few proposals there were, so one lucky start does not make an employer look excellent.
/// </summary>
public readonly record struct EmployerRecord(int Proposals, int Started, int GradeSum, float PriorGrade, float PriorStarted)
{
    /// <summary>Proposals that count as much as the prior when drawing an employer's shares towards it.</summary>
    public const int PriorWeight = 5;

    /// <summary>No history at all: nothing proposed, shares at nothing (the default).</summary>
    public static readonly EmployerRecord None;

    /// <summary>Nothing proposed to this employer, against everyone's shares.</summary>
    public static EmployerRecord NothingProposed(float priorGrade, float priorStarted) => new(0, 0, 0, priorGrade, priorStarted);

    public float MeanGrade => (GradeSum + PriorWeight * PriorGrade) / (Proposals + PriorWeight);

    public float StartedShare => (Started + PriorWeight * PriorStarted) / (Proposals + PriorWeight);

    /// <summary>Whether more of this employer's people started work than of everyone's (after drawing towards the prior).</summary>
    public bool StartsMoreThanMost => Proposals > 0 && StartedShare > PriorStarted;

    public static bool CountsAsStarted(int grade) => grade >= PlacementGrade.Started;
}
