import { installAllRegionBooks } from './lib/pricing/install-region-books'

// Tests run the engine as the server and the CLI do: with every region's price book installed.
installAllRegionBooks()
