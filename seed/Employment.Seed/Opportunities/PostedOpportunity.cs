using Employment.Core.Opportunities;
using Employment.Seed.Employers;

namespace Employment.Seed.Opportunities;

/// <summary>An opportunity, its employer, and the days a coach could put someone forward for it.</summary>
internal sealed record PostedOpportunity(Opportunity Opportunity, DemoEmployer Site, DateOnly OpenFrom, DateOnly OpenTo)
{
    public int Starts { get; set; }
}
