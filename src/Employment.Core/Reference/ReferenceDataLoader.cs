using System.Globalization;
using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Reference;

/// <summary>Brings the reference tables in line with seed/reference. Safe to run at every start.</summary>
public sealed class ReferenceDataLoader(EmploymentDbContext db)
{
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await UpsertAsync(db.SocUnitGroups, s => s.Code, ReferenceCsv.Read("soc2020_unit_groups.csv").Select(r => new SocUnitGroup
        {
            Code = r["unit_group"],
            Title = r["title"],
            MinorGroup = r["minor_group"],
            MinorGroupTitle = r["minor_group_title"],
            SubMajorGroup = r["sub_major_group"],
            SubMajorGroupTitle = r["sub_major_group_title"],
            MajorGroup = r["major_group"],
            MajorGroupTitle = r["major_group_title"],
        }), (existing, row) =>
        {
            existing.Title = row.Title;
            existing.MinorGroupTitle = row.MinorGroupTitle;
            existing.SubMajorGroupTitle = row.SubMajorGroupTitle;
            existing.MajorGroupTitle = row.MajorGroupTitle;
        }, cancellationToken);

        await UpsertAsync(db.Skills, s => s.Tag,
            ReferenceCsv.Read("skills.csv").Select(r => new Skill { Tag = r["tag"], Label = r["label"] }),
            (existing, row) => existing.Label = row.Label, cancellationToken);

        await UpsertAsync(db.Adjustments, a => a.Tag,
            ReferenceCsv.Read("adjustments.csv").Select(r => new Adjustment { Tag = r["tag"], Label = r["label"] }),
            (existing, row) => existing.Label = row.Label, cancellationToken);

        await UpsertAsync(db.LocalAuthorities, l => l.OnsCode,
            ReferenceCsv.Read("local_authorities.csv").Select(r => new LocalAuthority { OnsCode = r["ons_code"], Name = r["name"], Region = r["region"] }),
            (existing, row) =>
            {
                existing.Name = row.Name;
                existing.Region = row.Region;
            }, cancellationToken);

        await UpsertAsync(db.PostcodeDistricts, p => p.District,
            ReferenceCsv.Read("postcode_districts.csv").Select(r => new PostcodeDistrict
            {
                District = r["district"].ToUpperInvariant(),
                Latitude = double.Parse(r["latitude"], CultureInfo.InvariantCulture),
                Longitude = double.Parse(r["longitude"], CultureInfo.InvariantCulture),
            }), (existing, row) =>
            {
                existing.Latitude = row.Latitude;
                existing.Longitude = row.Longitude;
            }, cancellationToken);
    }

    private async Task UpsertAsync<T>(DbSet<T> set, Func<T, string> key, IEnumerable<T> rows, Action<T, T> update, CancellationToken cancellationToken)
        where T : class
    {
        var existing = (await set.ToListAsync(cancellationToken)).ToDictionary(key, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(key(row), out var current))
            {
                update(current, row);
            }
            else
            {
                set.Add(row);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
