namespace Employment.Web.Features.Account.Phone;

public sealed class PhoneForm
{
    public string? PhoneNumber { get; set; }
}
