using Employment.Core.Employers;
using Employment.Core.Reference;
using Microsoft.AspNetCore.Identity;

namespace Employment.Core.Accounts;

public class AppUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>For employer users: the one organisation they act for.</summary>
    public Guid? EmployerId { get; set; }
    public Employer? Employer { get; set; }

    /// <summary>For college partners: the college whose internship programmes they see.</summary>
    public Guid? CollegeId { get; set; }
    public Internships.College? College { get; set; }

    /// <summary>For coaches, advisers and council administrators: the council they work for.</summary>
    public int? LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    public Guid? InvitedById { get; set; }

    /// <summary>Set when an administrator takes the account's access away: it cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
}
