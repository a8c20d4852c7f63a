using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>Reads prices: the catalog's own prices.csv, and a user's price file that overrides it.</summary>
public static class PriceReader
{
    /// <summary>The columns a user's price file may have (part, price and date are required).</summary>
    public static readonly IReadOnlyList<string> UserColumns = ["part", "price", "date", "condition", "source", "notes"];

    private static readonly string[] RequiredUserColumns = ["part", "price", "date"];

    /// <summary>Reads one row of the catalog's prices.csv.</summary>
    public static PriceQuote? ReadCatalogPrice(RowReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var date = r.Date("price_date", required: true);
        return new PriceQuote
        {
            PartId = r.Required("part"),
            Condition = r.Choice("condition", Vocabulary.Conditions, required: true) ?? default,
            Price = r.Dollars("price_usd", required: true) ?? default,
            Date = date?.Date ?? default,
            DateText = date?.Text ?? "",
            Source = r.Required("price_source"),
            Notes = r.Text("notes"),
            Location = r.Location,
        };
    }

    /// <summary>
    /// Reads a user's price file (<c>part,price,date[,condition][,source]</c>). Parts are named as a person
    /// writes them. A row without a condition prices the part both new and used: it is what the user can pay.
    /// </summary>
    public static (ImmutableArray<PriceQuote> Prices, ImmutableArray<InputError> Errors) ReadUserPrices(
        string file, string text, NameResolver<Part> resolver, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var errors = new List<InputError>();
        var table = CsvTable.Parse(file, text, errors);
        foreach (var column in table.Header.Where(c => !UserColumns.Contains(c, StringComparer.Ordinal)))
        {
            var nearest = NameMatching.Nearest(column, UserColumns);
            errors.Add(new InputError(file, 1, column, $"unknown column '{column}'", nearest is null ? $"the columns are: {string.Join(", ", UserColumns)}" : $"did you mean '{nearest}'?"));
        }

        foreach (var required in RequiredUserColumns.Where(c => !table.Header.Contains(c, StringComparer.Ordinal)))
        {
            errors.Add(new InputError(file, 1, required, $"the header has no '{required}' column", "the header must be: part,price,date (condition and source are optional)"));
        }

        if (errors.Count > 0)
        {
            return ([], [.. errors]);
        }

        var prices = ImmutableArray.CreateBuilder<PriceQuote>();
        foreach (var row in table.Rows)
        {
            var r = new RowReader(file, row, errors);
            var name = r.Required("part");
            var price = r.Dollars("price", required: true);
            var date = r.Date("date", required: true);
            var condition = r.Choice("condition", Vocabulary.Conditions);
            if (date is { } d && d.Date > today)
            {
                r.Error("date", $"{d.Text} is in the future", "give the day you saw the price");
            }

            Part? part = null;
            if (name.Length > 0)
            {
                var found = resolver.Resolve(name);
                part = found.Part;
                if (part is null)
                {
                    r.Error("part", found.Message, "write a catalog id (see `rigplan parts gpus`) or a full name");
                }
            }

            if (r.Failed || part is null || price is null || date is null)
            {
                continue;
            }

            foreach (var c in condition is { } one ? [one] : new[] { PriceCondition.New, PriceCondition.Used })
            {
                prices.Add(new PriceQuote
                {
                    PartId = part.Id,
                    Condition = c,
                    Price = price.Value,
                    Date = date.Value.Date,
                    DateText = date.Value.Text,
                    Source = r.Text("source") ?? $"user price file {file}",
                    Notes = r.Text("notes"),
                    FromUser = true,
                    Location = r.Location,
                });
            }
        }

        return errors.Count > 0 ? ([], [.. errors]) : (prices.ToImmutable(), []);
    }
}
