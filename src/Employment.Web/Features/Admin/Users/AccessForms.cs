namespace Employment.Web.Features.Admin.Users;

public sealed class DisableForm
{
    public string? Reason { get; set; }
}

public sealed class RoleForm
{
    public string? Role { get; set; }
}
