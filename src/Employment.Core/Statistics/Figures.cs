using Employment.Core.Employers;
using Employment.Core.Opportunities;

namespace Employment.Core.Statistics;

/// <param name="JobSeekers">Everyone who had joined by the period's last day (the old denominator, kept as a secondary figure).</param>
/// <param name="Active">Active on the caseload on the period's last day (<see cref="ActiveCaseload"/>): the headline share's denominator.</param>
/// <param name="AscofPeople">ASCOF 1E's denominator: aged 18 to 64 on the last day, with long-term support for a learning disability.</param>
/// <param name="AscofInPaidWork">ASCOF 1E's numerator: those of <paramref name="AscofPeople"/> in paid work on the last day.</param>
public sealed record PaidWorkFigures(Period Period, int JobSeekers, int InPaidWork, int Hours16OrMore, int Active = 0, int AscofPeople = 0, int AscofInPaidWork = 0)
{
    public int HoursUnder16 => InPaidWork - Hours16OrMore;
}

public sealed record StartFigures(Period Period, OpportunityKind Kind, int Starts);

/// <summary>Of the starts old enough to be counted at <see cref="Weeks"/> weeks, how many were still in the job.</summary>
public sealed record SustainmentFigures(Period Period, int Weeks, int Counted, int Sustained);

public sealed record JobOutcomeFigures(Period Period, int Counted, int Outcomes);

public sealed record InternshipFigures(Period Period, int Finished, int Completed, int CountedAt6Months, int ConvertedIn6Months, int CountedAt12Months, int ConvertedIn12Months);

public sealed record DisabilityConfidentFigures(Period Period, DisabilityConfidentLevel Level, int MembersAtEnd, int New, int Lapsed);

public sealed record PostedFigures(Period Period, DisabilityConfidentLevel Level, int Posted);

public sealed record FirstJobFigures(Period Period, int People, double? MedianDays);
