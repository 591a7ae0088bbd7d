using Employment.Core.JobSeekers;

namespace Employment.Seed;

/// <summary>Supported internships are for people aged 16 to 24 with an EHC plan.</summary>
public static class SupportedInternships
{
    public static bool Allow(JobSeeker seeker, DateOnly on) => seeker.HasEhcPlan && seeker.AgeOn(on) is >= 16 and <= 24;
}
