using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Statistics.Costs;

internal sealed class FurtherEducationCostsConfiguration : IEntityTypeConfiguration<FurtherEducationCosts>
{
    public const string OneVersionPerCouncil = "ix_further_education_costs_local_authority_id_version";

    public void Configure(EntityTypeBuilder<FurtherEducationCosts> b)
    {
        // No DbSet on the context (reached through Set<FurtherEducationCosts>()), so the table is named here like the others.
        b.ToTable("further_education_costs", t => t.HasCheckConstraint("ck_further_education_costs_range",
            $"year_low BETWEEN {FurtherEducationCosts.LeastPerYear:0} AND {FurtherEducationCosts.MostPerYear:0} AND year_high BETWEEN year_low AND {FurtherEducationCosts.MostPerYear:0}"));
        b.HasOne(c => c.LocalAuthority).WithMany().OnDelete(DeleteBehavior.Cascade);
        // Two administrators saving from the same version at once: the database keeps one, the other is told.
        b.HasIndex(c => new { c.LocalAuthorityId, c.Version }, OneVersionPerCouncil).IsUnique().HasDatabaseName(OneVersionPerCouncil);
        b.Property(c => c.YearLow).HasPrecision(9, 2);
        b.Property(c => c.YearHigh).HasPrecision(9, 2);
        b.Property(c => c.Source).HasMaxLength(FurtherEducationCosts.MostSourceLength);
        b.Ignore(c => c.IsDefault);
    }
}
