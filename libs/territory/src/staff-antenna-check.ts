import { Injectable, OnModuleInit } from '@nestjs/common';
import { KnownAntennas } from '@gru/auth';
import { TerritoryService } from './territory.service';

/** Tells the staff accounts which antenna ids are real: the antennas and the head office. */
@Injectable()
export class StaffAntennaCheck implements OnModuleInit {
  constructor(
    private readonly known: KnownAntennas,
    private readonly territory: TerritoryService,
  ) {}

  onModuleInit(): void {
    this.known.provide((antennaId) => this.territory.index.antenna(antennaId) !== undefined);
  }
}
