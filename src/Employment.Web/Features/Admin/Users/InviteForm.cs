namespace Employment.Web.Features.Admin.Users;

public sealed class InviteForm
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Role { get; set; }

    /// <summary>Required when the role is employer.</summary>
    public Guid? EmployerId { get; set; }

    /// <summary>Required when the role is college partner: the college whose programmes they see.</summary>
    public Guid? CollegeId { get; set; }

    /// <summary>For coaches, advisers and council administrators: the council they work for.</summary>
    public int? LocalAuthorityId { get; set; }
}
