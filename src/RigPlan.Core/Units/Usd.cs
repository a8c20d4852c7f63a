using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>An amount of money, in US dollars.</summary>
public readonly record struct Usd : IComparable<Usd>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public Usd(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in USD.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static Usd Zero => default;

    /// <inheritdoc />
    public int CompareTo(Usd other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static Usd operator +(Usd a, Usd b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static Usd operator *(Usd a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(Usd a, Usd b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Usd a, Usd b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Usd a, Usd b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Usd a, Usd b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Usd a, Usd b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => "$" + Value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
