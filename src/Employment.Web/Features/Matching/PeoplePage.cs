using Employment.Core.Opportunities;
using Employment.Matching.Ranking;

namespace Employment.Web.Features.Matching;

public sealed record PeoplePage(Opportunity Opportunity, bool IsOpen, RankedMatches Matches);
