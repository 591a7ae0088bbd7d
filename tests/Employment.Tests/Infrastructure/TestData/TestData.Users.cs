using Employment.Core.Accounts;
using Employment.Core.Employers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    public const string Password = "a long test password";

    /// <summary>
    /// A user who signs in with <see cref="Password"/>, in the given role; an employer user gets a new approved
    /// organisation unless one is named. Needs the site's services (the kit of a <see cref="WebAppFixture"/>).
    /// </summary>
    public async Task<AppUser> CreateUserAsync(string role, Action<UserBuilder>? configure = null)
    {
        var builder = new UserBuilder(role);
        configure?.Invoke(builder);
        if (role == Roles.Employer && builder.EmployerId is null)
        {
            builder.ForEmployer((await CreateEmployerAsync(e => e.WithApproval(builder.NewEmployerApproval))).Id);
        }
        var services = _services ?? throw new InvalidOperationException("Users need the site's services: use the kit of a WebAppFixture.");
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = builder.Build();
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed class UserBuilder(string role)
{
    internal Guid? EmployerId { get; private set; }
    internal Guid? CollegeId { get; private set; }
    internal ApprovalStatus NewEmployerApproval { get; private set; } = ApprovalStatus.Approved;

    public UserBuilder ForEmployer(Guid? employerId)
    {
        EmployerId = employerId;
        return this;
    }

    /// <summary>For a college partner: the college whose programmes they see.</summary>
    public UserBuilder ForCollege(Guid? collegeId)
    {
        CollegeId = collegeId;
        return this;
    }

    /// <summary>For an employer user with no organisation named: the approval of the new one.</summary>
    public UserBuilder WithNewEmployer(ApprovalStatus approval)
    {
        NewEmployerApproval = approval;
        return this;
    }

    internal AppUser Build()
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.test";
        return new AppUser { UserName = email, Email = email, DisplayName = $"Test {role}", EmployerId = EmployerId, CollegeId = CollegeId, CreatedAt = DateTimeOffset.UtcNow };
    }
}
