using Employment.Core.JobSeekers;

namespace Employment.Seed;

/// <summary>A job seeker and the ONS code of their council; the loader turns the code into LocalAuthorityId.</summary>
public sealed record DemoJobSeeker(JobSeeker JobSeeker, string LocalAuthorityOnsCode);
