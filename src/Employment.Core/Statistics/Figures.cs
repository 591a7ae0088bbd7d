using Employment.Core.Employers;
using Employment.Core.Opportunities;

namespace Employment.Core.Statistics;

public sealed record PaidWorkFigures(Period Period, int JobSeekers, int InPaidWork, int Hours16OrMore)
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
