using Employment.Core.Employers;
using Employment.Core.Opportunities;

namespace Employment.Core.Statistics;

/// <summary>Narrows every measure; null means "all".</summary>
public sealed record StatisticsFilter(
    int? LocalAuthorityId = null,
    OpportunityKind? Kind = null,
    AgeBand? AgeBand = null,
    DisabilityConfidentLevel? DcLevel = null)
{
    public static readonly StatisticsFilter All = new();
}
