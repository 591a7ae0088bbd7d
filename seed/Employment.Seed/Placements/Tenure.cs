using Bogus;
using Employment.Core.Opportunities;
using Employment.Seed.Randomness;

namespace Employment.Seed.Placements;

/// <summary>How long a started placement lasts; better fits last longer, and fixed-length kinds may finish as planned.</summary>
internal static class Tenure
{
    public static (int Days, bool AsPlanned) Draw(Randomizer random, OpportunityKind kind, int? internshipMonths, double latent)
    {
        var (plannedWeeks, leaveChance, meanWeeks) = kind switch
        {
            OpportunityKind.WorkExperience => (random.Int(2, 8), Sigmoid(-2.0 - 4 * (latent - 0.5)), 0.0),
            OpportunityKind.SupportedInternship => ((internshipMonths ?? 9) * 4.345, Sigmoid(-1.5 - 5 * (latent - 0.5)), 0.0),
            OpportunityKind.Traineeship => (random.Int(6, 26), Sigmoid(-1.5 - 5 * (latent - 0.5)), 0.0),
            OpportunityKind.Apprenticeship => (random.Int(52, 104), 0.0, 70 * Math.Exp(3 * (latent - 0.5))),
            OpportunityKind.Volunteering => (double.PositiveInfinity, 0.0, 30 * Math.Exp(2 * (latent - 0.5))),
            _ => (double.PositiveInfinity, 0.0, 45 * Math.Exp(3 * (latent - 0.5))),
        };
        double weeks;
        if (meanWeeks > 0)
        {
            weeks = -meanWeeks * Math.Log(1 - random.Double());
        }
        else
        {
            weeks = random.Chance(leaveChance) ? plannedWeeks * random.Double(0.1, 0.9) : plannedWeeks;
        }
        var asPlanned = weeks >= plannedWeeks;
        weeks = Math.Min(weeks, plannedWeeks);
        return (Math.Max(1, (int)Math.Round(weeks * 7)), asPlanned);
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
