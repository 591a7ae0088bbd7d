using Bogus;

namespace Employment.Seed.Randomness;

internal static class RandomizerExtensions
{
    public static bool Chance(this Randomizer random, double probability) => random.Double() < probability;

    /// <summary>A Guid from the seeded stream, so ids are the same on every run.</summary>
    public static Guid NextGuid(this Randomizer random)
    {
        var bytes = random.Bytes(16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static double Normal(this Randomizer random, double mean = 0, double sd = 1)
    {
        var u1 = 1.0 - random.Double();
        var u2 = random.Double();
        return mean + sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public static T Pick<T>(this Randomizer random, IReadOnlyList<T> items) => items[random.Int(0, items.Count - 1)];

    public static T PickWeighted<T>(this Randomizer random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }
        var target = random.Double() * total;
        foreach (var (item, weight) in items)
        {
            target -= weight;
            if (target < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }

    /// <summary>Up to <paramref name="count"/> different items, in a random order.</summary>
    public static List<T> PickDistinct<T>(this Randomizer random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var picked = new List<T>(Math.Min(count, pool.Count));
        while (picked.Count < count && pool.Count > 0)
        {
            var index = random.Int(0, pool.Count - 1);
            picked.Add(pool[index]);
            pool.RemoveAt(index);
        }
        return picked;
    }

    public static DateOnly DateBetween(this Randomizer random, DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(random.Int(0, to.DayNumber - from.DayNumber));

    /// <summary>A working-hours moment on the given day, in UTC as PostgreSQL wants.</summary>
    public static DateTimeOffset TimeOn(this Randomizer random, DateOnly day) =>
        new(day.ToDateTime(new TimeOnly(random.Int(8, 17), random.Int(0, 59), random.Int(0, 59))), TimeSpan.Zero);

    /// <summary>An independent stream for one part of the world, so changing one part leaves the others alone.</summary>
    public static Randomizer Stream(int seed, int part) => new(Mix(seed, part));

    private static int Mix(int seed, int part)
    {
        unchecked
        {
            var x = (uint)seed * 0x9E3779B1u ^ (uint)part * 0x85EBCA77u;
            x ^= x >> 15;
            x *= 0x2C1B3C6Du;
            x ^= x >> 12;
            return (int)x;
        }
    }
}
