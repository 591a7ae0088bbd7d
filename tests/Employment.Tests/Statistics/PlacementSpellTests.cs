using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Statistics;

/// <summary>Spells follow the events through the database trigger, whichever way the events change.</summary>
public sealed class PlacementSpellTests(OutcomeWorld world) : IClassFixture<OutcomeWorld>
{
    [Fact]
    public async Task ASpellEndsWhenAnEndIsRecordedAndReopensWhenItIsRemoved()
    {
        await using var db = world.NewContext();
        var placement = await db.Placements.Where(p => p.JobSeeker!.LastName == OutcomeWorld.Surnames[0]).Select(p => p.Id).SingleAsync();
        Assert.Null(await EndedOnAsync());

        var end = new PlacementEvent { PlacementId = placement, Type = PlacementEventType.Ended, OccurredOn = new(2025, 6, 30), RecordedAt = DateTimeOffset.UtcNow };
        db.PlacementEvents.Add(end);
        await db.SaveChangesAsync();
        Assert.Equal(new DateOnly(2025, 6, 30), await EndedOnAsync());

        end.OccurredOn = new DateOnly(2025, 7, 31);
        await db.SaveChangesAsync();
        Assert.Equal(new DateOnly(2025, 7, 31), await EndedOnAsync());

        db.PlacementEvents.Remove(end);
        await db.SaveChangesAsync();
        Assert.Null(await EndedOnAsync());

        async Task<DateOnly?> EndedOnAsync() =>
            await db.Set<Core.Statistics.PlacementSpell>().AsNoTracking().Where(s => s.PlacementId == placement).Select(s => s.EndedOn).SingleAsync();
    }

    [Fact]
    public async Task EveryStartHasOneSpell()
    {
        await using var db = world.NewContext();

        Assert.Equal(
            await db.PlacementEvents.CountAsync(e => e.Type == PlacementEventType.Started),
            await db.Set<Core.Statistics.PlacementSpell>().CountAsync());
    }
}
