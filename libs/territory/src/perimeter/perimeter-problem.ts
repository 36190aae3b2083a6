export type PerimeterProblem =
  | {
      /** Only from an admin change: the perimeter names a holder that is neither antenna nor head office. */
      readonly kind: 'unknown-holder';
      readonly holderId: string;
      readonly message: string;
    }
  | {
      readonly kind: 'unknown-epci';
      readonly siren: string;
      readonly holderId: string;
      readonly message: string;
    }
  | {
      readonly kind: 'epci-assigned-twice';
      readonly siren: string;
      readonly epciName: string;
      readonly holderIds: readonly string[];
      readonly message: string;
    }
  | {
      readonly kind: 'commune-uncovered';
      readonly inseeCode: string;
      readonly communeName: string;
      readonly epciSiren: string;
      readonly epciName: string;
      readonly message: string;
    };
