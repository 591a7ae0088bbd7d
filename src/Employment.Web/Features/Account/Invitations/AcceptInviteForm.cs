namespace Employment.Web.Features.Account.Invitations;

public sealed class AcceptInviteForm
{
    public Guid User { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}
