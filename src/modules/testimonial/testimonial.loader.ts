import { childRowsLoader, rowByIdLoader } from '../../db/row-loaders';
import { Testimonial } from './testimonial.entity';
import type { TestimonialType } from './testimonial.type';

export const testimonialByIdLoader = rowByIdLoader<TestimonialType>(Testimonial);
export const testimonialsByPartnershipLoader = childRowsLoader<TestimonialType>(Testimonial, 'partnership');
export const testimonialsByProjectLoader = childRowsLoader<TestimonialType>(Testimonial, 'project');
