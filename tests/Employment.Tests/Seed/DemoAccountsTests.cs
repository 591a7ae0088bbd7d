using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Seed;
using static Employment.Tests.Seed.DefaultDemoWorld;

namespace Employment.Tests.Seed;

public sealed class DemoAccountsTests
{
    [Theory]
    [InlineData(DemoAccounts.Coach, Roles.Coach)]
    [InlineData(DemoAccounts.Employer, Roles.Employer)]
    [InlineData(DemoAccounts.PendingEmployer, Roles.Employer)]
    [InlineData(DemoAccounts.Adviser, Roles.Adviser)]
    [InlineData(DemoAccounts.Admin, Roles.Admin)]
    public void DemoSignIn_ExistsOnce_WithItsRole(string email, string role)
    {
        var signIn = Assert.Single(World.DemoSignIns, s => s.User.Email == email);
        Assert.Equal(role, signIn.Role);
        Assert.Single(World.AllUsers(), u => u.User.Email == email && u.Role == role);
    }

    [Fact]
    public void DemoCoach_HasACaseloadOfAbout20()
    {
        var coach = World.DemoSignIns.Single(s => s.User.Email == DemoAccounts.Coach).User;
        Assert.InRange(World.JobSeekers.Count(j => j.JobSeeker.CoachId == coach.Id), 15, 25);
    }

    [Fact]
    public void DemoEmployer_IsApproved_WithOpenOpportunities()
    {
        var employerId = World.DemoSignIns.Single(s => s.User.Email == DemoAccounts.Employer).User.EmployerId!.Value;
        Assert.Equal(ApprovalStatus.Approved, DefaultDemoWorld.Employers[employerId].Approval);
        Assert.Contains(World.Opportunities, o => o.EmployerId == employerId && o.IsOpenOn(Today));
    }

    [Fact]
    public void PendingDemoEmployer_IsWaitingForApproval()
    {
        var employerId = World.DemoSignIns.Single(s => s.User.Email == DemoAccounts.PendingEmployer).User.EmployerId!.Value;
        Assert.Equal(ApprovalStatus.Pending, DefaultDemoWorld.Employers[employerId].Approval);
        Assert.DoesNotContain(World.Opportunities, o => o.EmployerId == employerId);
    }

    [Fact]
    public void Users_HaveUniqueConfirmedEmails_AndNoPasswordYet()
    {
        var users = World.AllUsers().Select(u => u.User).ToList();
        Assert.Equal(users.Count, users.Select(u => u.NormalizedEmail).Distinct().Count());
        Assert.All(users, u =>
        {
            Assert.Equal(u.Email, u.UserName);
            Assert.Equal(u.Email!.ToUpperInvariant(), u.NormalizedEmail);
            Assert.Equal(u.UserName!.ToUpperInvariant(), u.NormalizedUserName);
            Assert.True(u.EmailConfirmed);
            Assert.False(string.IsNullOrEmpty(u.SecurityStamp));
            Assert.Null(u.PasswordHash);
        });
        Assert.All(World.Coaches.Where(c => c.User.Email != DemoAccounts.Coach), c => Assert.EndsWith(".gov.uk", c.User.Email));
        Assert.All(World.EmployerUsers, u => Assert.NotNull(u.EmployerId));
    }
}
