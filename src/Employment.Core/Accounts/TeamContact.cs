using Employment.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Accounts;

/// <summary>
/// How an employer reaches a council's supported employment team: the team's name, phone and email, set by the
/// council's administrator. Shown wherever a page asks an employer to contact the team.
/// </summary>
public class TeamContact
{
    public const int MostNameLength = 200;
    public const int MostPhoneLength = 30;
    public const int MostEmailLength = 256;

    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    public required string Name { get; set; }
    public required string Phone { get; set; }
    public required string Email { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedById { get; set; }
}

internal sealed class TeamContactConfiguration : IEntityTypeConfiguration<TeamContact>
{
    public void Configure(EntityTypeBuilder<TeamContact> b)
    {
        b.ToTable("team_contacts");
        b.HasKey(c => c.LocalAuthorityId);
        b.HasOne(c => c.LocalAuthority).WithOne().HasForeignKey<TeamContact>(c => c.LocalAuthorityId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Name).HasMaxLength(TeamContact.MostNameLength);
        b.Property(c => c.Phone).HasMaxLength(TeamContact.MostPhoneLength);
        b.Property(c => c.Email).HasMaxLength(TeamContact.MostEmailLength);
    }
}
