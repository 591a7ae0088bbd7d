using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;

namespace Employment.Seed;

/// <summary>Everything the generator made, in memory, ready for <see cref="DemoDataLoader"/>.</summary>
public sealed class DemoWorld
{
    public required DemoWorldOptions Options { get; init; }
    public List<DemoCoach> Coaches { get; init; } = [];
    public List<Employer> Employers { get; init; } = [];
    public List<AppUser> EmployerUsers { get; init; } = [];

    /// <summary>Advisers and administrators.</summary>
    public List<DemoSignIn> Staff { get; init; } = [];

    public List<Opportunity> Opportunities { get; init; } = [];
    public List<DemoJobSeeker> JobSeekers { get; init; } = [];

    /// <summary>Every placement, each with its events in date order.</summary>
    public List<Placement> Placements { get; init; } = [];

    /// <summary>Access to Work awards (a person near renewal, with a taper to show).</summary>
    public List<Employment.Core.AccessToWork.AccessToWorkApplication> AccessToWork { get; init; } = [];

    /// <summary>The fixed demo sign-ins (<see cref="DemoAccounts"/>); each user is also in the lists above.</summary>
    public List<DemoSignIn> DemoSignIns { get; init; } = [];

    public IEnumerable<DemoSignIn> AllUsers() =>
        Coaches.Select(c => new DemoSignIn(c.User, Roles.Coach))
            .Concat(EmployerUsers.Select(u => new DemoSignIn(u, Roles.Employer)))
            .Concat(Staff);
}
