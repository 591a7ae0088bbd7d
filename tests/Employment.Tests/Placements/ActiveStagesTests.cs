using Employment.Core.JobSeekers;
using Employment.Core.Placements;

namespace Employment.Tests.Placements;

public sealed class ActiveStagesTests
{
    [Fact]
    public void TheActiveStages_AreThoseUnderWayAndStarted_TheSetMatchingAndProposalsLeaveOut() =>
        Assert.Equal([.. SeekerStatuses.Underway, PlacementEventType.Started], PlacementPipeline.Active.Order());
}
