using System.Collections.Immutable;
using System.Text;

namespace RigPlan.Core.Catalog;

/// <summary>One data row of a CSV file: its cells by column name and the line it starts on.</summary>
public sealed record CsvRow(int Line, ImmutableDictionary<string, string> Cells);

/// <summary>
/// A CSV file read per RFC 4180 (quoted cells may hold commas, quotes and line breaks), with the line
/// number of every row so that problems can be reported where a person will find them.
/// </summary>
/// <remarks>Rows whose first cell starts with '#' are comments, and blank lines are skipped.</remarks>
public sealed record CsvTable(string File, ImmutableArray<string> Header, ImmutableArray<CsvRow> Rows)
{
    /// <summary>Reads CSV text; structural problems (a ragged row, an open quote) are added to <paramref name="errors"/>.</summary>
    public static CsvTable Parse(string file, string text, ICollection<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var records = ReadRecords(file, text, errors);
        if (records.Count == 0)
        {
            errors.Add(new InputError(file, 1, null, "the file is empty: it needs a header row", "add the header row described in docs/catalog-format.md"));
            return new CsvTable(file, [], []);
        }

        var (headerLine, header) = records[0];
        var names = header.Select(h => h.Trim()).ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                errors.Add(new InputError(file, headerLine, null, "the header has an empty column name", "name every column"));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new InputError(file, headerLine, name, $"column '{name}' appears twice in the header", "remove one of them"));
            }
        }

        var rows = ImmutableArray.CreateBuilder<CsvRow>();
        foreach (var (line, cells) in records.Skip(1))
        {
            if (cells.Count != names.Length)
            {
                errors.Add(new InputError(file, line, null, $"the row has {cells.Count} cells but the header has {names.Length} columns", "quote cells that contain commas, and give every column a cell (empty for unknown)"));
                continue;
            }

            var dict = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                dict[names[i]] = cells[i].Trim();
            }

            rows.Add(new CsvRow(line, dict.ToImmutable()));
        }

        return new CsvTable(file, names, rows.ToImmutable());
    }

    private static List<(int Line, List<string> Cells)> ReadRecords(string file, string text, ICollection<InputError> errors)
    {
        var records = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var cellWasQuoted = false;
        var i = 0;

        void EndRecord()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            var blank = cells.Count == 1 && cells[0].Trim().Length == 0 && !cellWasQuoted;
            var comment = cells.Count > 0 && cells[0].TrimStart().StartsWith('#');
            if (!blank && !comment)
            {
                records.Add((recordLine, cells));
            }

            cells = [];
            cellWasQuoted = false;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when cell.ToString().Trim().Length == 0:
                    inQuotes = true;
                    cellWasQuoted = true;
                    cell.Clear();
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            errors.Add(new InputError(file, recordLine, null, "a quoted cell is never closed", "add the closing double quote"));
        }
        else if (cell.Length > 0 || cells.Count > 0)
        {
            EndRecord();
        }

        return records;
    }
}
